import "./app/mantine.css";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createApolloClient } from "./app/apollo";
import { createRouter } from "./app/router";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const client = createApolloClient();
// The router starts fetching the first screen's code and data here, before React's first render,
// so the downloads overlap that render instead of waiting for it.
const router = createRouter(client);
createRoot(container).render(
  <StrictMode>
    <App client={client} router={router} />
  </StrictMode>,
);
