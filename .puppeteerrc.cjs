// The tests drive Debian's browsers (chromium, firefox-esr): never download puppeteer's own.
module.exports = { skipDownload: true };
