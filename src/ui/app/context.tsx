/** React context for the session (engine worker + data) and the run-control actor; narrow hooks over both. */
import { createActorContext, shallowEqual } from '@xstate/react';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { Session, type SessionState } from '../data/session.ts';
import { runControlMachine, SPEEDS } from '../machines/runControl.ts';

const SessionContext = createContext<Session | null>(null);

export const RunControl = createActorContext(runControlMachine);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSessionObject(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession() outside <SessionProvider>');
  return s;
}

/** Subscribes to one slice of the session state. */
export function useSession<T>(select: (s: SessionState) => T): T {
  const session = useSessionObject();
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}

// Selectors, defined once.
const selectDay = (s: { context: { position: number } }) => Math.floor(s.context.position);
const selectPosition = (s: { context: { position: number } }) => s.context.position;
const selectControl = (s: ReturnType<ReturnType<typeof RunControl.useActorRef>['getSnapshot']>) => ({
  state: s.value as string,
  available: s.context.available,
  total: s.context.total,
  speed: SPEEDS[s.context.speedIndex] ?? 1,
  speedIndex: s.context.speedIndex,
});

/** The whole day under the cursor (re-renders once per simulated day). */
export const useDay = (): number => RunControl.useSelector(selectDay);
/** The fractional position (re-renders every frame while playing; for animation only). */
export const usePosition = (): number => RunControl.useSelector(selectPosition);
/** Play state, speed and data bounds for the control bar. */
export const useControl = () => RunControl.useSelector(selectControl, shallowEqual);
