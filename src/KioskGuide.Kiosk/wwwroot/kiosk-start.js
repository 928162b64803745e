// Starts Blazor once blazor.web.js has loaded; a file of its own because the Content-Security-Policy allows no inline script.
window.kiosk.startBlazor();
