using Kinerja.Application.Features.Offices;

namespace Kinerja.Web.Pages.Kantor;

/// <summary>A node of the pohon kinerja as its partial view renders it: the node, its heading level and the supported sasaran.</summary>
public sealed record PohonNodeView(PerformanceNode Node, int HeadingLevel, IReadOnlyDictionary<Guid, SupportedSasaran> Supports);
