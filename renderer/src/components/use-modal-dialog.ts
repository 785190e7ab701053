import { useEffect, useRef, type SyntheticEvent } from 'react';

/**
 * A native modal <dialog> driven by `open`: showModal() keeps focus inside and the page inert;
 * Esc calls `onEscape` instead of closing it behind React's back. Spread the result on the dialog.
 */
export function useModalDialog(open: boolean, onEscape: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return {
    ref,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onEscape();
    },
  };
}
