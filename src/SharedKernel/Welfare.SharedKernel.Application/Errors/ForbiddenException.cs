using Welfare.SharedKernel;

namespace Welfare.SharedKernel.Application.Errors;

/// <summary>The caller may never use this function (answered 403); per-record refusals answer 404 instead.</summary>
public sealed class ForbiddenException(LocalizedText text) : Exception(text.English)
{
    public ForbiddenException()
        : this(new LocalizedText("この操作を行う権限がありません。", "You are not allowed to perform this operation."))
    {
    }

    public LocalizedText Text { get; } = text;
}
