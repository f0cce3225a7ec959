import { useState } from 'preact/hooks';
import { ApiFailure, errorText, postJson } from '../api.js';
import { redact } from '../../../server/privacy/redact.js';
import { Alert, Button, ErrorMessage, Field, RadioGroup } from './ui.js';

// "Klopt dit antwoord?" under every answer: POST /api/feedback, no login needed. A "klopt niet" reaches the
// helpdesk, who can turn it into a corrected kennisbank answer. The question goes along (already masked) so the
// helpdesk knows what was asked; the comment is masked here as well, before it leaves the browser.

type Rating = 'klopt' | 'klopt-niet';

const OPTIONS = [['klopt', 'Klopt'], ['klopt-niet', 'Klopt niet']] as const;

export function AnswerFeedback({ id, conversationId, question }: { id: string; conversationId: string; question: string }) {
  const [rating, setRating] = useState<Rating>();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Rating>();

  async function submit(e: Event) {
    e.preventDefault();
    if (!rating) {
      setError('Kies eerst "Klopt" of "Klopt niet".');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const text = redact(comment.trim()).text;
      await postJson('/api/feedback', { conversationId, question, rating, ...(text ? { comment: text } : {}) });
      setSent(rating);
    } catch (err) {
      setError(err instanceof ApiFailure && err.status === 404 ? 'Beoordelen kan op deze server (nog) niet.' : errorText(err));
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <Alert type="ok" focus>
        <p class="utrecht-paragraph">
          Bedankt voor uw beoordeling.{sent === 'klopt-niet' ? ' De helpdesk bekijkt dit antwoord en verbetert het als dat nodig is.' : ''}
        </p>
      </Alert>
    );
  }
  return (
    <form class="answer-feedback" onSubmit={submit} noValidate aria-label="Beoordeel dit antwoord">
      <RadioGroup name={`${id}-oordeel`} legend="Klopt dit antwoord?" options={OPTIONS} value={rating} onChange={setRating} />
      {rating ? (
        <Field id={`${id}-toelichting`} label="Toelichting (niet verplicht)" description="Wat klopt er niet, of wat mist u? Vul geen gegevens van leerlingen in.">
          <textarea
            id={`${id}-toelichting`}
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            maxLength={2000}
            value={comment}
            aria-describedby={`${id}-toelichting-uitleg`}
            onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </Field>
      ) : null}
      <ErrorMessage error={error} />
      <Button type="submit" busy={busy} disabled={busy}>Beoordeling versturen</Button>
    </form>
  );
}
