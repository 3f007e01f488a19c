// "Print or save as PDF" for any printable screen. In Electron the shell
// saves a real PDF of the page (it asks where) over its own channel; in the
// browser host the browser's print dialog does both. The screen's print
// stylesheet decides what lands on paper.
export interface PrintOutcome {
  onNotice(notice: string): void;
  onError(error: string): void;
}

export async function printOrSavePdf(fileName: string, { onNotice, onError }: PrintOutcome): Promise<void> {
  const shell = window.fieldbookShell;
  if (!shell) {
    window.print();
    return;
  }
  const result = await shell.savePdf(fileName);
  if (result.error) onError(result.error);
  else if (result.saved) onNotice(`Saved the PDF to ${result.path ?? 'the folder you chose'}.`);
}
