using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Welfare.Host.OpenApi;

/// <summary>Writes the texts of <see cref="OperationDescriptions"/> into the contract: one per operation, one per tag.</summary>
internal sealed class DescriptionsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            if (operation.OperationId is { } id && OperationDescriptions.Operations.TryGetValue(id, out var text))
            {
                // A filter that ran before may have said something of its own (a bounded list's rule): it stays first.
                operation.Description = string.IsNullOrEmpty(operation.Description) ? text.ToMarkdown() : operation.Description + "\n\n" + text.ToMarkdown();
            }
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && OperationDescriptions.Tags.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
    }
}
