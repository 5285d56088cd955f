export default defineBackground(() => {
  // TODO: extension helper
});
