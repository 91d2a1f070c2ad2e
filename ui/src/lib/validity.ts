// The browser's own form messages ("Fill out this field", "Enter a URL") come in the
// system's language, whatever the window speaks. Every field a form refuses is given the
// catalog's words instead, in the language chosen, in one place for every form.
import { t } from './i18n.svelte';

/** The catalog's sentence for why `field` is refused, or '' when it is valid. */
export function reason(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  // A date or number field holding text that is none (components/DateField.svelte,
  // NumberField.svelte): its own sentence, which names the bounds of a number.
  if (field.dataset.bad) return field.dataset.why || t('error-input-invalid_value');
  const v = field.validity;
  if (v.valid || v.customError) return '';
  if (v.valueMissing) return t('input-required');
  if (v.typeMismatch && field.type === 'url') return t('input-url');
  if (v.typeMismatch && field.type === 'email') return t('input-email');
  if (v.tooShort && 'minLength' in field) return t('input-too_short', { n: field.minLength });
  if (v.tooLong && 'maxLength' in field) return t('input-too_long', { n: field.maxLength });
  if (v.badInput && field.type === 'date') return t('error-input-date');
  if (v.badInput && field.type === 'time') return t('error-input-time');
  return t('error-input-invalid_value');
}

/** Puts the catalog's words on every refused field of the document from now on. */
export function installValidity(doc: Document = document): void {
  doc.addEventListener(
    'invalid',
    (e) => {
      const field = e.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement)) return;
      // Ours only when the browser's own reason stands (a field's own custom message stays).
      field.setCustomValidity('');
      const why = reason(field);
      if (why) field.setCustomValidity(why);
    },
    true,
  );
  // Once changed, the field is judged again from scratch.
  doc.addEventListener(
    'input',
    (e) => {
      const field = e.target;
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.setCustomValidity('');
    },
    true,
  );
}
