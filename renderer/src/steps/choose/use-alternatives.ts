import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answers } from '@shared/alternatives/index';
import type { Alternatives } from '@shared/api/choose-calls';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

export interface AlternativesState {
  readonly data: Alternatives | null;
  readonly error: string | null;
  /** Re-ranks for answers being edited (nothing saved yet). */
  readonly preview: (answers: Answers) => void;
  readonly save: (answers: Answers) => Promise<void>;
  readonly choose: (productId: string) => Promise<void>;
}

/** The ranked choices from main; answers are saved in the journal only when the user confirms them. */
export function useAlternatives(): AlternativesState {
  const [data, setData] = useState<Alternatives | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the newest request may set the list: quick clicks must not show an older ranking last.
  const request = useRef(0);

  const load = useCallback(async (answers?: Answers) => {
    const id = ++request.current;
    try {
      const result = await api.getAlternatives(answers ? { answers } : {});
      if (id === request.current) {
        setData(result);
        setError(null);
      }
    } catch (e) {
      if (id === request.current) setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const save = useCallback(
    async (answers: Answers) => {
      await api.saveAnswers({ answers });
      await load();
    },
    [load],
  );

  const choose = useCallback(
    async (productId: string) => {
      await api.chooseProduct({ productId });
      await load();
    },
    [load],
  );

  return { data, error, preview: (answers) => void load(answers), save, choose };
}
