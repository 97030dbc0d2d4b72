using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The sasaran form as its partial renders it: its key, the sasaran (null for a new one) and its place.</summary>
public sealed record SasaranFormView(UbahModel Page, string Key, Sasaran? Sasaran, int Index);
