import type { FormErrors } from '../common/form-errors.js';
import { Button, ErrorSummary, PostForm, Radios, Textarea } from '../common/forms.js';
import { Layout, type SiteOffice } from '../common/layout.js';
import { formatSurveyDay } from './survey-texts.js';

export interface SurveyForm {
  version: number;
  title: string;
  intro: string;
  scale: string[];
  criteria: { key: string; question: string }[];
  commentLabel: string;
  expiresOn: string;
}

/** "/khao-sat/:token": one 1–5 radio group per criterion and an optional comment; works without JavaScript. */
export function SurveyPage({
  office,
  form,
  token,
  csrf,
  values,
  errors,
}: {
  office: SiteOffice;
  form: SurveyForm;
  token: string;
  csrf: string;
  values?: Record<string, string>;
  errors?: FormErrors | null;
}) {
  return (
    <Layout title={form.title} office={office}>
      <ErrorSummary errors={errors} />
      <h1>{form.title}</h1>
      <p>{form.intro}</p>
      <p class="hint">Đường dẫn dùng được đến hết ngày {formatSurveyDay(form.expiresOn)}.</p>
      <PostForm action={`/khao-sat/${encodeURIComponent(token)}`} csrf={csrf}>
        {form.criteria.map((c, i) => (
          <Radios
            key={c.key}
            name={c.key}
            label={`${i + 1}. ${c.question}`}
            value={values?.[c.key] ?? null}
            error={errors?.byField[c.key]}
            options={form.scale.map((label, n) => ({ value: String(n + 1), label: `${n + 1} – ${label}` }))}
          />
        ))}
        <Textarea
          name="comment"
          label={form.commentLabel}
          optional
          rows={4}
          maxLength={2000}
          value={values?.comment}
          error={errors?.byField.comment}
        />
        <Button>Gửi phiếu khảo sát</Button>
      </PostForm>
    </Layout>
  );
}

/** The pages of a link that cannot be answered, and the thanks. */
export function SurveyMessagePage({
  office,
  kind,
}: {
  office: SiteOffice;
  kind: 'thanks' | 'answered' | 'expired' | 'not_found';
}) {
  const text = {
    thanks: {
      h: 'Cảm ơn ông/bà đã trả lời',
      p: 'Câu trả lời đã được ghi nhận, không kèm tên hay thông tin liên hệ của ông/bà. Ý kiến của ông/bà giúp cơ quan phục vụ tốt hơn.',
    },
    answered: {
      h: 'Phiếu khảo sát này đã được trả lời',
      p: 'Mỗi đường dẫn chỉ trả lời được một lần. Cảm ơn ông/bà.',
    },
    expired: {
      h: 'Đường dẫn khảo sát đã hết hạn',
      p: 'Thời hạn trả lời phiếu khảo sát này đã hết. Cảm ơn ông/bà đã quan tâm.',
    },
    not_found: {
      h: 'Không tìm thấy phiếu khảo sát',
      p: 'Mã phiếu không đúng. Hãy kiểm tra lại đường dẫn hoặc mã in trên phiếu (12 ký tự, ví dụ KS7M-QX3D-98TA).',
    },
  }[kind];
  return (
    <Layout title={text.h} office={office}>
      <h1>{text.h}</h1>
      <p>{text.p}</p>
      <p>
        <a href="/">Về trang chủ</a>
      </p>
    </Layout>
  );
}
