namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// The browser tests: one Chromium for all of them, and one test at a time, so that two browsers and two servers
/// do not compete for the machine's cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "Browser";
}
