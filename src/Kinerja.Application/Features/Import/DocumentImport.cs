using Kinerja.Documents;
using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// Reads and checks one document against <paramref name="context"/> (stored agreements of the same offices and
/// years). In production <see cref="AgreementDocumentImporter.Import(string, string, IReadOnlyList{Agreement})"/>; a seam for tests.
/// </summary>
internal delegate ImportedDocument DocumentImport(string text, string sourceName, IReadOnlyList<Agreement> context);
