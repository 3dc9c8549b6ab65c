import { useRef, useState, type FormEvent } from 'react';
import type { Problem } from '../../api/problems';
import { forUnit } from '../../api/unit-desk';
import { useAction } from '../../api/use-action';
import { ActionOutcome, Field, splitFieldProblems } from '../../components/FormParts';
import { StaffAddNoticeAttachmentDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

/** The API's limit for one file, decoded (AttachmentInput: at most 2 MiB); checked here first so a large file is never sent. */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

/** The file's content as the API wants it: base64 without the data URL's prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Attaches one file to a notice: the type and size are shown before choosing; the API checks the content. */
export function AttachmentForm({ noticeId, slug, onDone }: { noticeId: string; slug: string; onDone(): void }) {
  const { t, format } = useI18n();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [altTextTh, setAltTextTh] = useState('');
  const [altTextEn, setAltTextEn] = useState('');
  const [local, setLocal] = useState<Problem | null>(null);
  const max = format.bytes(MAX_ATTACHMENT_BYTES);
  const ids = {
    contentBase64: 'attachment-file',
    fileName: 'attachment-file',
    mimeType: 'attachment-file',
    altTextTh: 'attachment-alt-th',
    altTextEn: 'attachment-alt-en',
  };
  const { byInput, rest } = splitFieldProblems(local ? [local] : action.problems, ids);
  const said = (key: 'deskNotices.fileMissing' | 'deskNotices.fileTooLarge'): Problem => ({
    code: key === 'deskNotices.fileMissing' ? 'TEXT_REQUIRED' : 'ATTACHMENT_TOO_LARGE',
    field: 'contentBase64',
    messageTh: t(key, { max }),
    messageEn: t(key, { max }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = !file ? said('deskNotices.fileMissing') : file.size > MAX_ATTACHMENT_BYTES ? said('deskNotices.fileTooLarge') : null;
    setLocal(problem);
    if (problem || !file) return input.current?.focus();
    const attachment = {
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      contentBase64: await base64Of(file),
      altTextTh: altTextTh.trim() || null,
      altTextEn: altTextEn.trim() || null,
    };
    if (await action.run(forUnit(StaffAddNoticeAttachmentDocument, slug), { noticeId, input: attachment }, 'deskNotices.attached')) {
      setFile(null);
      setAltTextTh('');
      setAltTextEn('');
      if (input.current) input.current.value = '';
      onDone();
    }
  };
  return (
    <section aria-labelledby="attach-heading">
      <h2 id="attach-heading">{t('deskNotices.attach')}</h2>
      <form onSubmit={submit} noValidate>
        <Field
          id="attachment-file"
          label={t('deskNotices.file')}
          hint={t('deskNotices.fileHint', { max })}
          problem={byInput['attachment-file']}
        >
          {(aria) => <input {...aria} ref={input} type="file" onChange={(e) => (setLocal(null), setFile(e.target.files?.[0] ?? null))} />}
        </Field>
        <Field id="attachment-alt-th" label={t('deskNotices.altTextTh')} problem={byInput['attachment-alt-th']}>
          {(aria) => <input {...aria} value={altTextTh} onChange={(e) => setAltTextTh(e.target.value)} />}
        </Field>
        <Field
          id="attachment-alt-en"
          label={`${t('deskNotices.altTextEn')} ${t('common.optional')}`}
          problem={byInput['attachment-alt-en']}
        >
          {(aria) => <input {...aria} value={altTextEn} onChange={(e) => setAltTextEn(e.target.value)} />}
        </Field>
        <button type="submit" className="button-primary" disabled={action.sending}>
          {action.sending ? t('form.sending') : t('deskNotices.attachSubmit')}
        </button>
      </form>
      <ActionOutcome success={action.done && !local ? t(action.done) : null} problems={rest} />
    </section>
  );
}
