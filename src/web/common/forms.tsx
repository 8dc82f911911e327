import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from './csrf.js';
import type { FormErrors } from './form-errors.js';

/**
 * Form parts of the website (GOV-style): a visible label for every field, hints under the label, "(không bắt buộc)"
 * on optional fields, the error beside the field (and in the summary at the top), aria-describedby tying them to the
 * control. Ids are the field names unless given.
 */

const describedBy = (...ids: unknown[]): string | undefined =>
  ids.filter((x): x is string => typeof x === 'string' && x !== '').join(' ') || undefined;
const OPTIONAL = ' (không bắt buộc)';

export function ErrorSummary({ errors }: { errors: FormErrors | null | undefined }) {
  if (!errors || errors.summary.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="loi-tieu-de" tabIndex={-1} id="loi" autoFocus>
      <h2 id="loi-tieu-de">Có lỗi cần sửa</h2>
      <ul>
        {errors.summary.map((item, i) => (
          <li key={i}>{item.fieldId ? <a href={`#${item.fieldId}`}>{item.message}</a> : item.message}</li>
        ))}
      </ul>
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p class="field-error" id={`${id}-loi`}>
      <span class="visually-hidden">Lỗi: </span>
      {error}
    </p>
  );
}

interface FieldProps {
  name: string;
  id?: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
  optional?: boolean;
}

/** The aria attributes of a control: invalid when in error, described by its hint and its error. */
function controlAria(id: string, props: FieldProps) {
  return {
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props.hint && `${id}-goi-y`, props.error && `${id}-loi`),
  };
}

/** The frame of a single-control field: the label (with "(không bắt buộc)"), the hint, the error, then the control. */
function LabelledField({ id, props, children }: { id: string; props: FieldProps; children: ComponentChildren }) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.optional ? OPTIONAL : null}
      </label>
      {props.hint ? (
        <p class="hint" id={`${id}-goi-y`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={id} error={props.error} />
      {children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value?: string | null;
    type?: 'text' | 'email' | 'tel' | 'number' | 'search';
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
    maxLength?: number;
    width?: 'short' | 'medium';
    spellcheck?: boolean;
  },
) {
  const id = props.id ?? props.name;
  return (
    <LabelledField id={id} props={props}>
      <input
        class={props.width ? `input input--${props.width}` : 'input'}
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.value ?? ''}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        spellcheck={props.spellcheck}
        required={!props.optional}
        {...controlAria(id, props)}
      />
    </LabelledField>
  );
}

export function Textarea(props: FieldProps & { value?: string | null; rows?: number; maxLength?: number }) {
  const id = props.id ?? props.name;
  return (
    <LabelledField id={id} props={props}>
      <textarea
        class="input"
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        required={!props.optional}
        {...controlAria(id, props)}
      >
        {props.value ?? ''}
      </textarea>
    </LabelledField>
  );
}

export interface RadioOption {
  value: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
}

/** A group of radio buttons in a fieldset; the legend is the question. The first radio gets the group's id. */
export function Radios(
  props: FieldProps & { options: RadioOption[]; value?: string | null; legendClass?: string; required?: boolean },
) {
  const id = props.id ?? props.name;
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={controlAria(id, props)['aria-describedby']}>
        <legend class={props.legendClass ?? 'legend'}>
          {props.label}
          {props.optional ? OPTIONAL : null}
        </legend>
        {props.hint ? (
          <p class="hint" id={`${id}-goi-y`}>
            {props.hint}
          </p>
        ) : null}
        <FieldError id={id} error={props.error} />
        <div class="radios">
          {props.options.map((o, i) => {
            const oid = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class="radio" key={o.value}>
                <input
                  type="radio"
                  id={oid}
                  name={props.name}
                  value={o.value}
                  checked={props.value === o.value}
                  disabled={o.disabled}
                  required={props.required}
                  aria-describedby={o.hint ? `${oid}-goi-y` : undefined}
                />
                <label for={oid}>{o.label}</label>
                {o.hint ? (
                  <p class="hint radio-hint" id={`${oid}-goi-y`}>
                    {o.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkbox(props: FieldProps & { checked?: boolean; value?: string; required?: boolean }) {
  const id = props.id ?? props.name;
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <FieldError id={id} error={props.error} />
      <div class="checkbox">
        <input
          type="checkbox"
          id={id}
          name={props.name}
          value={props.value ?? 'yes'}
          checked={props.checked}
          required={props.required}
          {...controlAria(id, props)}
        />
        <label for={id}>{props.label}</label>
      </div>
      {props.hint ? (
        <p class="hint checkbox-hint" id={`${id}-goi-y`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The CSRF token of a POST form (see csrf.ts). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

export function Hidden({ name, value }: { name: string; value: string | number | null | undefined }) {
  if (value === null || value === undefined) return null;
  return <input type="hidden" name={name} value={String(value)} />;
}

/** A POST form with its CSRF token; `novalidate` so the server's Vietnamese messages are the ones people read. */
export function PostForm({ action, csrf, children }: { action: string; csrf: string; children: ComponentChildren }) {
  return (
    <form method="post" action={action} noValidate>
      <CsrfField token={csrf} />
      {children}
    </form>
  );
}

export function Button({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={`button button--${variant}`} name={name} value={value}>
      {children}
    </button>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A drop-down list with its visible label (filters of GET forms); the empty option first when given. */
export function Select(props: FieldProps & { options: SelectOption[]; value?: string | null; empty?: string }) {
  const id = props.id ?? props.name;
  return (
    <LabelledField id={id} props={props}>
      <select class="input" id={id} name={props.name} {...controlAria(id, props)}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={props.value === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** A password input (never echoes a value back). */
export function PasswordField(props: FieldProps & { autoComplete: 'current-password' | 'new-password' }) {
  const id = props.id ?? props.name;
  return (
    <LabelledField id={id} props={props}>
      <input
        id={id}
        name={props.name}
        type="password"
        class="input input--medium"
        autoComplete={props.autoComplete}
        {...controlAria(id, props)}
      />
    </LabelledField>
  );
}
