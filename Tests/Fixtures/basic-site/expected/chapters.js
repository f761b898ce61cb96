// The site's chapters, for the chapter list (written by sitegen).
window.SITEGEN_CHAPTERS = [
  {"title": "全连接:10¹² 个参数", "url": "01-full.html"},
  {"title": "Local Fields", "url": "02-local.html"},
];
