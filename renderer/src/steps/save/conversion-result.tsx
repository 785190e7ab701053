import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionOutcome } from '@shared/api/save-calls';
import { PASSWORD_FORMATS } from '@shared/passwords/password-formats';

type Done = Extract<ConversionOutcome, { status: 'done' }>;
type KeptAsideReason = Done['keptAside'][number]['reason'];

/** How many entries went to the second file for each reason (one sentence per reason, not per entry). */
function keptAsideByReason(outcome: Done): { reason: KeptAsideReason; count: number }[] {
  const groups = new Map<KeptAsideReason, number>();
  for (const k of outcome.keptAside) groups.set(k.reason, (groups.get(k.reason) ?? 0) + 1);
  return [...groups].map(([reason, count]) => ({ reason, count }));
}

/** The proof: counts per kind, the read-back summary, every file written, and anything that differs. */
export function ConversionResult({ outcome }: { readonly outcome: Done }) {
  const { t } = useTranslation('save');
  const clean = outcome.ok && outcome.differences.length === 0;
  const manager = t(`convert.formats.${outcome.format}`);
  const logins = outcome.byKind.website + outcome.byKind.application + outcome.byKind.other;
  const counted = { logins: t('convert.loginCount', { count: logins }), notes: t('convert.noteCount', { count: outcome.byKind.note }) };
  const summary =
    outcome.found === 0
      ? t('convert.savedNone', counted)
      : outcome.verified === outcome.found
        ? t('convert.savedAll', { ...counted, count: outcome.found })
        : t('convert.savedSome', { ...counted, saved: outcome.verified, count: outcome.found });
  const withNotes = PASSWORD_FORMATS[outcome.format].notesInFormat;
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
        <strong>{summary}</strong>
      </p>
      <p>{t('convert.counts', outcome.byKind)}</p>
      <p>{t('convert.verified', { verified: outcome.verified, found: outcome.found })}</p>
      <h4>{t('convert.filesHeading')}</h4>
      <ul>
        {outcome.files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code> — {t(`convert.fileHolds.${f.holds === 'passwords' && !withNotes ? 'passwordsNoNotes' : f.holds}`, { manager })}
          </li>
        ))}
      </ul>
      {outcome.differences.length > 0 ? (
        <>
          <h4>{t('convert.differencesHeading')}</h4>
          <ul>
            {outcome.differences.map((d, i) => (
              <li key={i}>{d.line ? t('convert.differenceLine', { line: d.line, message: t(`convert.problem.${d.problem}`, { manager }) }) : t(`convert.problem.${d.problem}`, { manager })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {outcome.keptAside.length > 0 ? (
        <>
          <h4>{t('convert.keptAsideHeading')}</h4>
          <ul>
            {keptAsideByReason(outcome).map((group) => (
              <li key={group.reason}>
                {t(`convert.keptAside.${group.reason}`, { manager, count: group.count })}
              </li>
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
