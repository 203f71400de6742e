using MediatR;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Kinds.GetKinds;

/// <summary>The catalogue of kinds and sub-kinds a complaint may name, with the article each comes from.</summary>
public sealed record GetKindsQuery : IQuery<IReadOnlyList<HarassmentKindDto>>;

public sealed record HarassmentSubKindDto(HarassmentSubKind SubKind, SubKindGroup Group, string Japanese, string English);

public sealed record HarassmentKindDto(HarassmentKind Kind, string Japanese, string English, string Rule, IReadOnlyList<HarassmentSubKindDto> SubKinds);

internal sealed class GetKindsQueryHandler : IRequestHandler<GetKindsQuery, IReadOnlyList<HarassmentKindDto>>
{
    public Task<IReadOnlyList<HarassmentKindDto>> Handle(GetKindsQuery request, CancellationToken cancellationToken)
    {
        var subKinds = Enum.GetValues<HarassmentSubKind>()
            .Select(s => new HarassmentSubKindDto(s, HarassmentSubKinds.GroupOf(s), Labels.Of(s).Japanese, Labels.Of(s).English)).ToList();
        IReadOnlyList<HarassmentKindDto> kinds =
        [
            Kind(HarassmentKind.SexualHarassment, "令和2年鹿児島県訓令第9号", []),
            Kind(HarassmentKind.PregnancyChildcareCareHarassment, "令和2年鹿児島県訓令第10号（令和3年訓令第12号で改正）第2条", subKinds),
            Kind(HarassmentKind.PowerHarassment, "令和2年鹿児島県訓令第11号", []),
        ];
        return Task.FromResult(kinds);
    }

    private static HarassmentKindDto Kind(HarassmentKind kind, string rule, IReadOnlyList<HarassmentSubKindDto> subKinds) =>
        new(kind, Labels.Of(kind).Japanese, Labels.Of(kind).English, rule, subKinds);
}
