import { useRef } from 'react';
import { execute } from '../../api/client';
import { forUnit } from '../../api/unit-operation';
import { ActionOutcome, Field } from '../../components/FormParts';
import { formProblem, sentOf, useApiForm } from '../../components/use-api-form';
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
  const input = useRef<HTMLInputElement | null>(null);
  const max = format.bytes(MAX_ATTACHMENT_BYTES);
  const action = useApiForm<{ files: FileList | null; altTextTh: string; altTextEn: string }>({
    defaultValues: { files: null, altTextTh: '', altTextEn: '' },
    fields: { contentBase64: 'files', fileName: 'files', mimeType: 'files', altTextTh: 'altTextTh', altTextEn: 'altTextEn' },
    check: ({ files }) => {
      const file = files?.[0];
      if (!file) return [formProblem('contentBase64', 'deskNotices.fileMissing', { max }, 'TEXT_REQUIRED')];
      if (file.size > MAX_ATTACHMENT_BYTES)
        return [formProblem('contentBase64', 'deskNotices.fileTooLarge', { max }, 'ATTACHMENT_TOO_LARGE')];
      return [];
    },
  });
  const fileInput = action.form.register('files');
  const submit = action.submit(async ({ files, altTextTh, altTextEn }) => {
    const file = files![0]!;
    const attachment = {
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      contentBase64: await base64Of(file),
      altTextTh: altTextTh.trim() || null,
      altTextEn: altTextEn.trim() || null,
    };
    const sent = sentOf(await execute(forUnit(StaffAddNoticeAttachmentDocument, slug), { noticeId, input: attachment }));
    if (sent === true) {
      action.form.reset();
      // A file input keeps its file until told: the next attachment starts empty.
      if (input.current) input.current.value = '';
      onDone();
    }
    return sent;
  });
  return (
    <section aria-labelledby="attach-heading">
      <h2 id="attach-heading">{t('deskNotices.attach')}</h2>
      <form onSubmit={submit} noValidate>
        <Field
          id="attachment-file"
          label={t('deskNotices.file')}
          hint={t('deskNotices.fileHint', { max })}
          problem={action.problemAt('files')}
        >
          {(aria) => (
            <input
              {...aria}
              {...fileInput}
              ref={(element) => {
                fileInput.ref(element);
                input.current = element;
              }}
              type="file"
            />
          )}
        </Field>
        <Field id="attachment-alt-th" label={t('deskNotices.altTextTh')} problem={action.problemAt('altTextTh')}>
          {(aria) => <input {...aria} {...action.form.register('altTextTh')} />}
        </Field>
        <Field
          id="attachment-alt-en"
          label={`${t('deskNotices.altTextEn')} ${t('common.optional')}`}
          problem={action.problemAt('altTextEn')}
        >
          {(aria) => <input {...aria} {...action.form.register('altTextEn')} />}
        </Field>
        <button type="submit" className="button-primary" disabled={action.sending}>
          {action.sending ? t('form.sending') : t('deskNotices.attachSubmit')}
        </button>
      </form>
      <ActionOutcome success={action.sent ? t('deskNotices.attached') : null} problems={action.problems} />
    </section>
  );
}
