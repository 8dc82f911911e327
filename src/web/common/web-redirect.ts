/**
 * Thrown by a guard or handler of the website to send the browser elsewhere with 303 See Other (e.g. to the staff
 * sign-in page when no session is open). SiteExceptionFilter answers it with the redirect; it is never an error page.
 */
export class WebRedirect extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}
