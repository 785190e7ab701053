import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordFormatId } from '@shared/passwords/password-formats';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

interface PlaintextSectionProps {
  readonly format: PasswordFormatId;
  readonly onDeleted: () => void;
}

type DeleteResult = { path: string; deleted: boolean; message: string };

/** Part 4: the clear-text warning, how to import into the chosen manager, and deleting the files after. */
export function PlaintextSection({ format, onDeleted }: PlaintextSectionProps) {
  const { t } = useTranslation('save');
  const [exportFile, setExportFile] = useState(false);
  const [convertedFiles, setConvertedFiles] = useState(false);
  const [asking, setAsking] = useState(false);
  const [results, setResults] = useState<DeleteResult[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    setAsking(false);
    setProblem(null);
    try {
      const outcome = await api.deletePlaintextFiles({ exportFile, convertedFiles });
      setResults(outcome.results);
      onDeleted();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  return (
    <section aria-labelledby="save-plaintext-heading">
      <h2 id="save-plaintext-heading">{t('plaintext.heading')}</h2>
      <p className="warning">
        <strong>{t('plaintext.warning')}</strong>
      </p>
      <h3>{t('plaintext.importHeading', { name: t(`convert.formats.${format}`) })}</h3>
      <p>{t(`plaintext.import.${format}`)}</p>
      <p className="muted">{t('plaintext.menusChange')}</p>
      <h3>{t('plaintext.deleteHeading')}</h3>
      <p>{t('plaintext.deleteExplain')}</p>
      <div className="choice">
        <label>
          <input type="checkbox" checked={exportFile} onChange={(e) => setExportFile(e.target.checked)} /> {t('plaintext.deleteExport')}
        </label>
      </div>
      <div className="choice">
        <label>
          <input type="checkbox" checked={convertedFiles} onChange={(e) => setConvertedFiles(e.target.checked)} /> {t('plaintext.deleteConverted')}
        </label>
      </div>
      <div className="actions">
        <button type="button" className="button secondary" disabled={!exportFile && !convertedFiles} onClick={() => setAsking(true)}>
          {t('plaintext.deleteAction')}
        </button>
      </div>
      <div aria-live="polite">
        {asking ? (
          <div className="notice">
            <p>{t('plaintext.deleteAsk')}</p>
            {/* Said where it matters, when the user is about to delete (and keeps the part short). */}
            <p className="note">{t('plaintext.ssdNote')}</p>
            <div className="actions">
              <button type="button" className="button danger" onClick={() => void remove()}>
                {t('plaintext.deleteConfirm')}
              </button>
              <button type="button" className="button secondary" onClick={() => setAsking(false)}>
                {t('plaintext.deleteCancel')}
              </button>
            </div>
          </div>
        ) : null}
        {problem ? <p role="alert">{problem}</p> : null}
        {results ? (
          <ul>
            {results.map((r) => (
              <li key={r.path}>{r.deleted ? t('plaintext.deleted', { path: r.path }) : t('plaintext.notDeleted', { path: r.path, message: r.message })}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
