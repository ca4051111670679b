import { Navigate } from 'react-router';
import { homePath } from './homePath';
import { useSession } from './session';

export function HomeRedirect() {
  const { user } = useSession();
  return <Navigate to={user ? homePath(user) : '/login'} replace />;
}
