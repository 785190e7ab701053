import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile, ExportRefusal, SaveOverview } from '@shared/api/save-calls';
import { Disclosure } from '../../components/disclosure';
import { PickPathButton } from '../../components/pick-path-button';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

interface ExportSectionProps {
  readonly overview: SaveOverview;
  readonly chosen: string | null;
  readonly onChoose: (path: string) => void;
  readonly onOverview: (overview: SaveOverview) => void;
  readonly offered: ExportFile | null;
  readonly onDismissOffer: () => void;
}

/** Part 2: how to export from KPM, the files found in Downloads/Documents, a watcher, or a typed path. */
export function ExportSection({ overview, chosen, onChoose: take, onOverview, offered, onDismissOffer }: ExportSectionProps) {
  const { t, i18n } = useTranslation('save');
  const [refused, setRefused] = useState<ExportRefusal | null>(null);
  const [entries, setEntries] = useState<number | null>(null);
  const answer = useRef<HTMLParagraphElement>(null);
  // The file is read here, so one that is not an export is refused now, not two parts later.
  const onChoose = async (path: string) => {
    setRefused(null);
    const result = await run(() => api.checkExportFile({ exportPath: path }));
    if (!result) return;
    if (result.status === 'refused') {
      setRefused(result.reason);
      setEntries(null);
    } else {
      setEntries(result.entries);
      take(path);
    }
  };
  useEffect(() => {
    if (refused || entries !== null) answer.current?.focus();
  }, [refused, entries]);
  const pathId = useId();
  const [typed, setTyped] = useState('');
  const [openState, setOpenState] = useState<'opened' | 'failed' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const how = t('export.how', { returnObjects: true }) as string[];
  const pm = overview.passwordManager;
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setProblem(null);
    try {
      return await work();
    } catch (e) {
      setProblem(errorMessage(e));
      return null;
    }
  }
  const openApp = async () => {
    const result = await run(() => api.openPasswordManager({}));
    if (result) setOpenState(result.opened ? 'opened' : 'failed');
  };
  const lookAgain = async () => {
    const result = await run(() => api.getSaveOverview({}));
    if (result) onOverview(result);
  };
  const setWatch = async (watch: boolean) => {
    const result = await run(() => api.watchExportFiles({ watch }));
    if (result) onOverview({ ...overview, watching: result.watching });
  };

  return (
    <section aria-labelledby="save-export-heading">
      <h2 id="save-export-heading">{t('export.heading')}</h2>
      <p>{t('export.explain')}</p>
      {!pm.installed ? <p className="note">{t('export.notInstalled')}</p> : null}
      {pm.installed ? (
        <HowToExport how={how} />
      ) : (
        // Not found here: the steps stay one press away, in case it is installed where SafeSwitch did not look.
        <Disclosure label={t('export.howToggle')}>
          <HowToExport how={how} />
        </Disclosure>
      )}
      {pm.canOpen ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => void openApp()}>
            {t('export.open')}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {openState ? <p>{t(openState === 'opened' ? 'export.opened' : 'export.openFailed')}</p> : null}
        {problem ? <p role="alert">{problem}</p> : null}
      </div>

      <h3>{t('export.foundHeading')}</h3>
      {overview.exportFiles.length === 0 ? <p>{t('export.noneFound')}</p> : null}
      <ul className="file-list">
        {overview.exportFiles.map((file) => (
          <li key={file.path}>
            <span>{t('export.fileLine', { name: file.name, folder: t(`export.folderName.${file.folder}`), date: date(file.modifiedAt) })}</span>{' '}
            <button type="button" className="button secondary" aria-pressed={chosen === file.path} onClick={() => void onChoose(file.path)}>
              {t('export.useFile', { name: file.name })}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void lookAgain()}>
          {t('export.refresh')}
        </button>
        <button type="button" className="button secondary" onClick={() => void setWatch(!overview.watching)}>
          {overview.watching ? t('export.stopWatch') : t('export.watch')}
        </button>
      </div>
      <div aria-live="polite">
        {overview.watching ? <p>{t('export.watching')}</p> : null}
        {offered ? (
          <div className="notice" role="group" aria-label={t('export.newFound', { name: offered.name })}>
            <p>{t('export.newFound', { name: offered.name })}</p>
            <div className="actions">
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  void onChoose(offered.path);
                  onDismissOffer();
                }}
              >
                {t('export.useNew', { name: offered.name })}
              </button>
              <button type="button" className="button secondary" onClick={onDismissOffer}>
                {t('export.ignoreNew')}
              </button>
            </div>
          </div>
        ) : null}
      </div>

      <div className="actions">
        <PickPathButton kind="export-file" label={t('export.pick')} onPicked={(path) => void onChoose(path)} />
      </div>
      <Disclosure label={t('export.pathToggle')}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim()) void onChoose(typed.trim());
            }}
          >
            <label htmlFor={pathId}>{t('export.pathLabel')}</label>
            <input id={pathId} type="text" value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} />
            <button type="submit" className="button secondary" disabled={!typed.trim()}>
              {t('export.usePath')}
            </button>
          </form>
      </Disclosure>
      <div aria-live="polite">
        {refused ? (
          <p ref={answer} tabIndex={-1} role="alert" className="warning">
            {t(`export.refused.${refused}`)}
          </p>
        ) : chosen ? (
          <p ref={answer} tabIndex={-1}>
            <strong>{t('export.chosen')}</strong> <code className="break">{chosen}</code>
            {entries !== null ? <> {t('export.entries', { count: entries })}</> : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** The export steps in Kaspersky Password Manager, with the two caveats. */
function HowToExport({ how }: { how: readonly string[] }) {
  const { t } = useTranslation('save');
  return (
    <>
      <h3>{t('export.howHeading')}</h3>
      <ol>
        {how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {/* The two caveats wait one press away, so the part stays short (issue 13.2). */}
      <Disclosure label={t('export.moreHelpToggle')}>
        <p className="muted">{t('export.newerVersions')}</p>
        <p className="muted">{t('export.backupNote')}</p>
      </Disclosure>
    </>
  );
}
