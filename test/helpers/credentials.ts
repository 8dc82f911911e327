/** Passwords the e2e servers start with (`baseEnv`): the admin, and every demo user (named after its role). */
export const ADMIN_PASSWORD = 'admin-password-e2e';
export const DEMO_PASSWORD = 'demo-password-e2e';
