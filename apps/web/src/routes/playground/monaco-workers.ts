// Monaco's web workers, bundled by Vite (`?worker`) so the playground needs nothing from a CDN.
// Declared here rather than through graphiql/setup-workers/vite so Vite's dev pre-bundler, which
// cannot follow `?worker` imports inside node_modules, never meets them.
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === "json") return new JsonWorker();
    if (label === "graphql") return new GraphQLWorker();
    return new EditorWorker();
  },
};
