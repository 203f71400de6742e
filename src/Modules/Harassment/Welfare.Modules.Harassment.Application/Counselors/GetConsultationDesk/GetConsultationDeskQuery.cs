using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Counselors.GetConsultationDesk;

/// <summary>Places, hours and the counsellors who may be consulted: public to every employee.</summary>
public sealed record GetConsultationDeskQuery : IQuery<ConsultationDeskDto>;

internal sealed class GetConsultationDeskQueryHandler(IHarassmentDbContext db, CounselorRegistry counselors) : IRequestHandler<GetConsultationDeskQuery, ConsultationDeskDto>
{
    public async Task<ConsultationDeskDto> Handle(GetConsultationDeskQuery request, CancellationToken cancellationToken)
    {
        var entries = await db.DeskEntries.AsNoTracking().OrderBy(e => e.Position)
            .Select(e => new ConsultationDeskEntryDto(e.Place, e.Hours, e.Contact, e.Note)).ToListAsync(cancellationToken);
        var active = await counselors.ActiveAsync(cancellationToken);
        return new ConsultationDeskDto(entries, active.OrderBy(c => c.EmployeeId).Select(c => new ConsultableCounselorDto(c.EmployeeId, c.Sex)).ToList());
    }
}
