import { useEffect, useRef } from 'react';

/** A form that opens under a long table is scrolled into view, so the click that opened it shows something. */
export function useFormInView() {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // A block body on purpose: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
    formRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return formRef;
}
