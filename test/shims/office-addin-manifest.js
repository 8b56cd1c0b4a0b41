// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependencies jest cannot load; jest maps the package to this shim (moduleNameMapper).
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
