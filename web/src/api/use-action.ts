import { useCallback, useState } from 'react';
import { ApiProblem } from './client.ts';

/** Runs a write and keeps the server's problem (already in the reader's language) for the form to show. */
export function useAction() {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      if (error instanceof ApiProblem) {
        setProblem(error);
        return false;
      }
      throw error;
    }
  }, []);
  return { problem, run };
}
