// The hub runs without Electron (headless `node` on a site server). tsconfig.hub.json maps `electron` to this empty
// module, so a hub file that imports anything from Electron fails the hub's typecheck.
export {};
