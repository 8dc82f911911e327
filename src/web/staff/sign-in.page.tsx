import { Layout } from '../common/layout.js';
import { Button, ErrorSummary, PasswordField, PostForm, TextField } from '../common/forms.js';
import type { FormErrors } from '../common/form-errors.js';
import { WORKSPACE_NAME } from './staff-layout.js';

const OFFICE = { agency: WORKSPACE_NAME };

/** The staff sign-in page: username and password, the reason it is shown (session ended, signed out), errors. */
export function SignInPage(props: {
  csrf: string;
  back: string | null;
  notice: string | null;
  username?: string;
  errors?: FormErrors | null;
}) {
  return (
    <Layout title="Đăng nhập" office={OFFICE} nav={[]}>
      <h1>Đăng nhập dành cho cán bộ</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary errors={props.errors} />
      <PostForm
        action={`/can-bo/dang-nhap${props.back ? `?tiep=${encodeURIComponent(props.back)}` : ''}`}
        csrf={props.csrf}
      >
        <TextField
          name="username"
          label="Tên đăng nhập"
          value={props.username ?? ''}
          autoComplete="username"
          spellcheck={false}
          width="medium"
          error={props.errors?.byField.username}
        />
        <PasswordField
          name="password"
          label="Mật khẩu"
          autoComplete="current-password"
          error={props.errors?.byField.password}
        />
        <Button>Đăng nhập</Button>
      </PostForm>
      <p>
        Công dân không cần đăng nhập: xem lịch tiếp và đặt lịch tại <a href="/">trang chủ</a>.
      </p>
    </Layout>
  );
}
