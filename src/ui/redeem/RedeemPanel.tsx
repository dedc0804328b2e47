// The redeem helper: names where the code goes, shows the cleaned code large, warns about the
// serial number and wrong lengths, and explains Amazon's errors. The code lives only in this
// component's state: never stored, logged or sent.
import { useEffect, useState } from 'preact/hooks';
import { checkClaimCode, type CodeCheck } from '../../sites/amazon/redeem';
import { getMessage as t } from '../../platform/content';

export interface RedeemPanelProps {
  /** "Amazon.co.uk" */
  marketName: string;
  account: string | null;
  /** Amazon's claim-code box. */
  input: HTMLInputElement;
  /** True once Amazon shows a redemption error. */
  amazonError: boolean;
}

/** Put the cleaned code into Amazon's box and tell its scripts. */
function writeBack(input: HTMLInputElement, code: string): void {
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function Status({ check }: { check: CodeCheck }) {
  switch (check.kind) {
    case 'empty':
      return <p class="muted">{t('redeem_waiting')}</p>;
    case 'claim-code':
      return <p class="ok">{t('redeem_ok', [String(check.code.length)])}</p>;
    case 'serial':
      return (
        <p class="warn" role="alert">
          <strong>{t('redeem_serial_title')}</strong> {t('redeem_serial_body')}
        </p>
      );
    case 'wrong-length':
      return (
        <p class="warn" role="alert">
          {t('redeem_wrong_length', [String(check.length)])}
        </p>
      );
    case 'bad-characters':
      return (
        <p class="warn" role="alert">
          {t('redeem_bad_characters')}
        </p>
      );
  }
}

export function RedeemPanel({ marketName, account, input, amazonError }: RedeemPanelProps) {
  const [check, setCheck] = useState<CodeCheck>(() => checkClaimCode(input.value));

  useEffect(() => {
    const onInput = (e: Event) => {
      if (!e.isTrusted) return;
      setCheck(checkClaimCode(input.value));
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!e.isTrusted) return;
      const text = e.clipboardData?.getData('text') ?? '';
      const result = checkClaimCode(text);
      if (result.kind === 'empty') return;
      e.preventDefault();
      writeBack(input, result.kind === 'claim-code' ? result.display : result.code);
      setCheck(result);
    };
    input.addEventListener('input', onInput);
    input.addEventListener('paste', onPaste);
    return () => {
      input.removeEventListener('input', onInput);
      input.removeEventListener('paste', onPaste);
    };
  }, [input]);

  const target = account ? t('redeem_target_account', [account, marketName]) : t('redeem_target', [marketName]);
  return (
    <section class="panel" aria-labelledby="gcg-redeem-title">
      <h2 id="gcg-redeem-title">{t('redeem_title')}</h2>
      <p class="target">{target}</p>
      <p class="permanent">{t('redeem_permanent')}</p>
      <div class="code-box">
        <span class="label" id="gcg-code-label">
          {t('redeem_code_label')}
        </span>
        <output class="code" aria-labelledby="gcg-code-label" aria-live="polite">
          {check.kind === 'empty' ? '—' : check.display}
        </output>
      </div>
      <div aria-live="polite">
        <Status check={check} />
      </div>
      {amazonError && (
        <div class="causes" role="alert">
          <h3>{t('redeem_error_title')}</h3>
          <ul>
            <li>{t('redeem_error_not_activated')}</li>
            <li>{t('redeem_error_other_country')}</li>
            <li>{t('redeem_error_already_redeemed')}</li>
            <li>{t('redeem_error_typo')}</li>
          </ul>
        </div>
      )}
    </section>
  );
}
