/** Shows `dialog` as a modal or closes it to match `open`; answers whether it is open (false without a dialog). */
export function matchDialog(dialog: HTMLDialogElement | null, open: boolean): boolean {
  if (!dialog) return false;
  if (open && !dialog.open) dialog.showModal();
  if (!open && dialog.open) dialog.close();
  return open;
}
