// Gift Card Guard: makes the extension's content-script world at document_start (see wxt.config.ts).
