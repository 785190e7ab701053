import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionOutcome } from '@shared/api/save-calls';

type Done = Extract<ConversionOutcome, { status: 'done' }>;

/** The proof: counts per kind, the read-back summary, every file written, and anything that differs. */
export function ConversionResult({ outcome }: { readonly outcome: Done }) {
  const { t } = useTranslation('save');
  const clean = outcome.ok && outcome.differences.length === 0;
  // Shown only right after a conversion: focus moves here so the result is in view and read first.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [outcome]);
  return (
    <div className={clean ? 'notice' : 'warning'}>
      <h3 ref={heading} tabIndex={-1} className="focus-target">
        {clean ? t('convert.resultHeading') : t('convert.resultProblem')}
      </h3>
      <p>
        <strong>{outcome.summary}</strong>
      </p>
      <p>{t('convert.counts', outcome.byKind)}</p>
      <p>{t('convert.verified', { verified: outcome.verified, found: outcome.found })}</p>
      <h4>{t('convert.filesHeading')}</h4>
      <ul>
        {outcome.files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code> — {f.description}
          </li>
        ))}
      </ul>
      {outcome.differences.length > 0 ? (
        <>
          <h4>{t('convert.differencesHeading')}</h4>
          <ul>
            {outcome.differences.map((d, i) => (
              <li key={i}>{d.line ? t('convert.differenceLine', { line: d.line, message: d.message }) : d.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {outcome.keptAside.length > 0 ? (
        <>
          <h4>{t('convert.keptAsideHeading')}</h4>
          <ul>
            {outcome.keptAside.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </>
      ) : null}
      {outcome.unplaced.length > 0 ? (
        <>
          <h4>{t('convert.unplacedHeading')}</h4>
          <p>{t('convert.unplacedExplain')}</p>
          <ul>
            {outcome.unplaced.map((u) => (
              <li key={u.line}>{t('convert.unplacedLine', { line: u.line, text: u.text })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
