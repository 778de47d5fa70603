// Plain ES5, inlined by the test server at the top of every page (site.ts): keeps every
// uncaught error, unhandled rejection, console.error and security policy violation in
// `window.__pageErrors`, for engines.ts to read after each test. WebDriver classic has no
// console channel, so this is how WebKit's errors are seen; the other engines get it too,
// beside their own console events, so every engine is checked the same way.
export const ERROR_RECORDER = `(function(){
var kept = window.__pageErrors = [];
function text(value) { try { return value instanceof Error ? value.message : String(value); } catch (e) { return "?"; } }
addEventListener("error", function (event) {
  if (event.target && event.target !== window && event.target.tagName) {
    kept.push("failed to load: " + (event.target.src || event.target.href || event.target.tagName));
  } else {
    kept.push("uncaught: " + (event.message || text(event.error)));
  }
}, true);
addEventListener("unhandledrejection", function (event) { kept.push("unhandled rejection: " + text(event.reason)); });
addEventListener("securitypolicyviolation", function (event) { kept.push("CSP: " + event.violatedDirective + " " + event.blockedURI); });
var original = console.error;
console.error = function () {
  kept.push("console.error: " + Array.prototype.map.call(arguments, text).join(" "));
  return original.apply(console, arguments);
};
})();`;
