import { useState } from 'react';

/** Which row of a section is open in its form ('new' for an addition), and which one was saved last. */
export function useEditing(onChanged: () => void) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const open = (id: string | 'new') => {
    setSavedId(null);
    setEditing(id);
  };
  const saved = (id: string) => {
    setEditing(null);
    setSavedId(id);
    onChanged();
  };
  return { editing, savedId, open, saved, cancel: () => setEditing(null) };
}
