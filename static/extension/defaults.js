// The Clickline address used until the options page sets another. The
// copies Clickline serves (the zip and the userscript) carry the address of
// the site that served them here; this unpacked copy carries none, so the
// options page must be filled in once.
var CLICKLINE_DEFAULT_ADDRESS = "";
