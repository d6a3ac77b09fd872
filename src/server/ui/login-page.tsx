import { Layout } from './layout.tsx';

/** Where a browser gives the server's token once, to read the pages of a server bound beyond loopback. */
export function LoginPage({ next, wrong }: { next: string; wrong: boolean }) {
  return (
    <Layout title="Sign in">
      <h1>Sign in</h1>
      <p class="lede">This server is shared: give its token (serve --token) to read it.</p>
      {wrong ? <p class="conflicts-badge">That is not the server's token.</p> : null}
      <form class="filters" action="/login" method="post">
        <input type="hidden" name="next" value={next} />
        <label>
          Token
          <input type="password" name="token" autocomplete="current-password" required />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}
