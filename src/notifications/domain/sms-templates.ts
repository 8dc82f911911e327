import { SMS_TEMPLATES, VARIABLE_CAPS } from './sms-templates.data.js';

export type SmsTemplateName = keyof typeof SMS_TEMPLATES;
export type SmsVariable = keyof typeof VARIABLE_CAPS;
export type SmsValues = Partial<Record<SmsVariable, string | number | null | undefined>>;

export const SMS_TEMPLATE_NAMES = Object.keys(SMS_TEMPLATES) as SmsTemplateName[];

/** Cuts a value to `max` characters (the last one an ellipsis) and flattens line breaks. */
export function capValue(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

/** Placeholders of a template's text, in order. */
export function placeholdersOf(name: SmsTemplateName): string[] {
  return [...SMS_TEMPLATES[name].text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * Fills a template. Every placeholder must have a value (a programming error otherwise); values are capped so the
 * text stays within 2 GSM-7 parts whatever the data. Returns the text and `kind@version`.
 */
export function renderSms(name: SmsTemplateName, values: SmsValues): { text: string; template: string } {
  const t = SMS_TEMPLATES[name];
  const text = t.text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key as SmsVariable];
    if (v === undefined || v === null || v === '') throw new Error(`SMS template ${name}: no value for {${key}}`);
    const cap = VARIABLE_CAPS[key as SmsVariable];
    if (cap === undefined) throw new Error(`SMS template ${name}: unknown placeholder {${key}}`);
    return capValue(String(v), cap);
  });
  return { text, template: `${name}@${t.version}` };
}
