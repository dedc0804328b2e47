import { render } from 'preact';
import { Popup } from '../../src/ui/popup/Popup';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
