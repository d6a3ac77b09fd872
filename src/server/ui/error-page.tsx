import { Layout } from './layout.tsx';

/** A page that could not be shown: the status and why, in the site's frame. */
export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Layout title={status === 404 ? 'Not found' : 'Error'}>
      <h1>{status === 404 ? 'Not found' : 'Something went wrong'}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Back to the stories</a>
      </p>
    </Layout>
  );
}
