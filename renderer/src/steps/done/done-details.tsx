import { useTranslation } from 'react-i18next';
import type { DoneSummary } from '@shared/api/choose-calls';
import { OpenReport } from '../../components/open-report';
import { formatList } from '../../i18n';

/** Files named by a sentence above them ("These files are not there anymore:"); nothing when there are none. */
function PathList({ heading, paths }: { heading: string; paths: readonly string[] }) {
  if (paths.length === 0) return null;
  return (
    <>
      <p>{heading}</p>
      <ul className="break">
        {paths.map((path) => (
          <li key={path}>{path}</li>
        ))}
      </ul>
    </>
  );
}

/** What changed, what was saved and where, what to do next, and where the report is. */
export function DoneDetails({ summary, reportError, onWriteReport }: { summary: DoneSummary; reportError: string | null; onWriteReport: () => void }) {
  const { t } = useTranslation('done');
  const chosen = summary.chosen;
  const run = summary.installerRun;
  const pi = chosen?.passwordImport ?? null;
  const hasPasswords = summary.saved.files.some((f) => f.holds === 'passwords');
  const changed = summary.removed.length > 0 || run !== null;

  return (
    <>
      <h2>{t('changed.heading')}</h2>
      {changed ? (
        <ul>
          {summary.removed.map((r) => (
            <li key={r.productId}>{t('changed.removed', { name: r.name, state: t(`changed.state.${r.state}`, { defaultValue: r.state }) })}</li>
          ))}
          {run && chosen ? <li>{t('changed.installed', { name: chosen.name, outcome: t(`changed.outcome.${run.outcome}`) })}</li> : null}
        </ul>
      ) : (
        <p>{t('changed.nothing')}</p>
      )}

      <h2>{t('saved.heading')}</h2>
      {summary.saved.folder && summary.saved.folderGone ? (
        <p className="result warning break">{t('saved.folderGone', { folder: summary.saved.folder })}</p>
      ) : summary.saved.folder ? (
        <>
          <p className="break">{t('saved.folder', { folder: summary.saved.folder })}</p>
          {summary.saved.passwordsSaved !== null ? <p>{t('saved.passwords', { count: summary.saved.passwordsSaved })}</p> : null}
          {summary.saved.files.length ? (
            <ul className="break">
              {summary.saved.files.map((f) => (
                <li key={f.path}>{t('saved.file', { path: f.path, holds: t(`saved.holds.${f.holds}`) })}</li>
              ))}
            </ul>
          ) : null}
          <PathList heading={t('saved.missingHeading')} paths={summary.saved.missing ?? []} />
          <PathList heading={t('saved.deletedHeading')} paths={summary.saved.deleted} />
        </>
      ) : (
        <p>{t('saved.noFolder')}</p>
      )}

      <h2>{t('next.heading')}</h2>
      <ol>
        {chosen && pi ? (
          <li>{pi.kind === 'kaspersky-txt' ? t('next.importTxt', { name: chosen.name }) : t('next.importCsv', { name: chosen.name, format: pi.format ?? '' })}</li>
        ) : hasPasswords ? (
          <li>{t('next.importAny')}</li>
        ) : null}
        {summary.oldProducts.length ? <li>{t('next.cancel', { names: formatList(summary.oldProducts), count: summary.oldProducts.length })}</li> : null}
        {/* No report can be kept from a folder that is gone: the report part says what to do instead. */}
        {summary.saved.folderGone ? null : <li>{t('next.keepReport')}</li>}
      </ol>

      <h2>{t('report.heading')}</h2>
      {summary.report ? (
        <>
          <p>{t('report.written')}</p>
          <p className="break">
            <code>{summary.report.htmlPath}</code>
          </p>
        </>
      ) : null}
      {/* One filled button at a time: Check first; once checked, opening the report is the next thing to do. */}
      {/* A report in a folder that is gone cannot be opened: the button would only fail. */}
      {(summary.report || summary.saved.folder) && !summary.saved.folderGone ? <OpenReport primary={summary.finishCheck !== null} /> : null}
      {reportError ? <p role="alert">{t('report.failed', { message: reportError })}</p> : null}
      {/* The check writes the report by itself: this button is only for when that failed or has not happened. */}
      {reportError || !summary.report ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={onWriteReport}>
            {reportError ? t('report.retry') : t('report.write')}
          </button>
        </div>
      ) : null}
    </>
  );
}
