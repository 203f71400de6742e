using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns;

/// <summary>Builds the caller's view of a case; the certificate's description is read without its bytes.</summary>
internal sealed class PreReturnViews(IReturnToWorkDbContext db, TimeProvider clock)
{
    public async Task<PreReturnDto> ViewAsync(PreReturn found, CaseRelation relation, CancellationToken cancellationToken)
    {
        CertificateDto? certificate = null;
        if (relation.Sees("certificate") && found.CertificateUploadedAt is not null)
        {
            certificate = db.Certificates.Local.Where(c => c.PreReturnId == found.Id).Select(CertificateDto.From).FirstOrDefault()
                ?? await db.Certificates.AsNoTracking().Where(c => c.PreReturnId == found.Id)
                    .Select(c => new CertificateDto(c.ContentType, c.Size, c.Sha256, c.UploadedAt)).FirstOrDefaultAsync(cancellationToken);
        }

        return PreReturnDto.For(found, relation, certificate, clock.Today());
    }
}
