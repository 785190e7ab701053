import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionOutcome } from '@shared/api/save-calls';
import { PASSWORD_FORMAT_IDS, type PasswordFormatId } from '@shared/passwords/password-formats';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';
import { ConversionResult } from './conversion-result';

interface ConvertSectionProps {
  readonly folder: string | null;
  readonly exportPath: string | null;
  readonly format: PasswordFormatId;
  readonly onFormat: (format: PasswordFormatId) => void;
  readonly outcome: ConversionOutcome | null;
  readonly onOutcome: (outcome: ConversionOutcome | null) => void;
}

/** Part 3: choose the target and "Save my passwords" (write, read back, compare, show the counts). */
export function ConvertSection({ folder, exportPath, format, onFormat, outcome, onOutcome }: ConvertSectionProps) {
  const { t } = useTranslation('save');
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [keptOld, setKeptOld] = useState(false);

  async function convert(overwrite: boolean) {
    if (!exportPath) return;
    setWorking(true);
    setProblem(null);
    setKeptOld(false);
    try {
      onOutcome(await api.convertPasswords({ exportPath, format, overwrite }));
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="save-convert-heading">
      <h2 id="save-convert-heading">{t('convert.heading')}</h2>
      <fieldset>
        <legend>{t('convert.legend')}</legend>
        {PASSWORD_FORMAT_IDS.map((id) => (
          <div className="choice" key={id}>
            <label>
              <input type="radio" name="save-format" value={id} checked={format === id} onChange={() => onFormat(id)} />{' '}
              {t(`convert.formats.${id}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {!folder ? <p className="note">{t('convert.needFolder')}</p> : null}
      {folder && !exportPath ? <p className="note">{t('convert.needExport')}</p> : null}
      <div className="actions">
        <button type="button" className="button primary" disabled={!folder || !exportPath || working} onClick={() => void convert(false)}>
          {t('convert.action')}
        </button>
      </div>
      <div aria-live="polite">
        {working ? <p role="status">{t('convert.working')}</p> : null}
        {problem ? <p role="alert">{t('convert.failed', { message: problem })}</p> : null}
        {keptOld ? <p>{t('convert.kept')}</p> : null}
        {outcome?.status === 'exists' ? (
          <div className="notice">
            <h3>{t('convert.existsHeading')}</h3>
            <p>{t('convert.exists')}</p>
            <ul>
              {outcome.existing.map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
            <div className="actions">
              <button type="button" className="button danger" onClick={() => void convert(true)}>
                {t('convert.replace')}
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  onOutcome(null);
                  setKeptOld(true);
                }}
              >
                {t('convert.keep')}
              </button>
            </div>
          </div>
        ) : null}
        {outcome?.status === 'unreadable' ? <p role="alert">{t('convert.failed', { message: t(`export.refused.${outcome.reason}`) })}</p> : null}
        {outcome?.status === 'failed' ? <p role="alert">{t('convert.failed', { message: t(`convert.failedReason.${outcome.reason}`, { path: outcome.path ?? '' }) })}</p> : null}
        {outcome?.status === 'needs-folder' ? <p role="alert">{t('convert.needFolder')}</p> : null}
        {outcome?.status === 'done' ? <ConversionResult outcome={outcome} /> : null}
      </div>
    </section>
  );
}
