using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Counselors.GetConsultationDesk;

/// <summary>
/// Places, hours and the counsellors who may be consulted: public to every employee, counsellors by name for those
/// the directory knows as employees (<see cref="CounselorRegistry.DeskAsync"/>). <see cref="Search"/> finds a
/// counsellor by staff number or by part of the name in kanji or kana.
/// </summary>
public sealed record GetConsultationDeskQuery(string? Search = null) : IQuery<ConsultationDeskDto>;

internal sealed class GetConsultationDeskQueryHandler(IHarassmentDbContext db, CounselorRegistry counselors, DirectoryFreshness freshness)
    : IRequestHandler<GetConsultationDeskQuery, ConsultationDeskDto>
{
    public async Task<ConsultationDeskDto> Handle(GetConsultationDeskQuery request, CancellationToken cancellationToken)
    {
        var entries = await db.DeskEntries.AsNoTracking().OrderBy(e => e.Position)
            .Select(e => new ConsultationDeskEntryDto(e.Place, e.Hours, e.Contact, e.Note)).ToListAsync(cancellationToken);
        return new ConsultationDeskDto(entries, await counselors.DeskAsync(request.Search, cancellationToken), await freshness.AsOfAsync(db, cancellationToken));
    }
}
