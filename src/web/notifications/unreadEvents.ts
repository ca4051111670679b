// The bell's count changes when the page marks notifications read: the page says so, the bell asks again.
const EVENT = 'courtflow:notifications-read';

export const announceNotificationsRead = () => window.dispatchEvent(new Event(EVENT));

export function onNotificationsRead(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
