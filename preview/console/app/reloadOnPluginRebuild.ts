/** Reloads the page after each plugin rebuild that the preview server announces (`npm start`). */
export const reloadOnPluginRebuild = () => {
  const events = new EventSource('/_preview/plugin-builds');
  events.addEventListener('rebuilt', () => window.location.reload());
};
