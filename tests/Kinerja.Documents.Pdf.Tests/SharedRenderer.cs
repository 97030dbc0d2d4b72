namespace Kinerja.Documents.Pdf.Tests;

/// <summary>One renderer (and browser) shared by the tests of a class, as the application shares one.</summary>
public sealed class SharedRenderer : IAsyncDisposable
{
    public PdfRenderer Renderer { get; } = new(new PdfRendererOptions { ExecutablePath = TestEnvironment.ChromiumPath });

    public ValueTask DisposeAsync() => Renderer.DisposeAsync();
}
